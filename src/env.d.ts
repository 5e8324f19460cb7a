declare module 'virtual:culture-first/settings' {
  const settings: import('./settings/schema.ts').SiteSettings;
  export default settings;
}
declare module 'virtual:culture-first/accent.css';
