// esbuild collects CSS imported from the sidebar's entry into the built HTML.
declare module '*.css';
