garbage that is not a script
