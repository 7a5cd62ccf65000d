/** Style sheets imported by the player entries; esbuild writes them next to the bundle. */
declare module '*.css' {}
