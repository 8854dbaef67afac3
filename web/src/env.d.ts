/** Ambient declarations for the web build (Vite handles CSS imports). */
declare module '*.css';
