/** A command line that cannot be run as written: exit status 2, with one line saying why. */
export class UsageError extends Error {}
