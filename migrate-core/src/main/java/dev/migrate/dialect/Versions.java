package dev.migrate.dialect;

/** Compares dotted version numbers such as {@code 3.53.4} or {@code 10.11.19-MariaDB}. */
final class Versions {

    private Versions() {
    }

    /** True when {@code version} is at least {@code major.minor.patch}. */
    static boolean atLeast(String version, int major, int minor, int patch) {
        int[] parts = parse(version);
        int[] wanted = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            if (parts[i] != wanted[i]) {
                return parts[i] > wanted[i];
            }
        }
        return true;
    }

    private static int[] parse(String version) {
        int[] parts = new int[3];
        String[] pieces = version.split("[^0-9]+", -1);
        int filled = 0;
        for (String piece : pieces) {
            if (filled == 3) {
                break;
            }
            if (!piece.isEmpty()) {
                parts[filled++] = Integer.parseInt(piece);
            } else if (filled > 0) {
                break;
            }
        }
        return parts;
    }
}
