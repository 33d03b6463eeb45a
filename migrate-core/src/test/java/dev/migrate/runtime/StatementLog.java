package dev.migrate.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A connection wrapper that records the SQL of every statement executed or prepared through it. */
final class StatementLog {

    private final List<String> sql = new ArrayList<>();

    /** The recorded SQL, in order. */
    List<String> sql() {
        return sql;
    }

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().equals("prepareStatement") && args.length > 0 && args[0] instanceof String text) {
                sql.add(text);
            }
        }, true);
    }

    private interface Observer {
        void seen(Method method, Object[] args);
    }

    private <T> T proxy(Class<T> type, T target, Observer observer, boolean wrapStatements) {
        InvocationHandler handler = (self, method, args) -> {
            Object[] actual = args == null ? new Object[0] : args;
            observer.seen(method, actual);
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
            if (wrapStatements && method.getName().equals("createStatement")) {
                return proxy(Statement.class, (Statement) result, (m, a) -> {
                    if (m.getName().startsWith("execute") && a.length > 0 && a[0] instanceof String text) {
                        sql.add(text);
                    }
                }, false);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
