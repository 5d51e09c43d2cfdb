// What the end-to-end tests walk in the playground shell: every data component's tag, and every
// page (the overview and each app's own route). One list, so a component added to playground/apps.ts
// is added here once and every walk (headings, keyboard, Trusted Types) covers it.

/** The tag of every data component the shell mounts. */
export const DATA_TAGS = ['hn-appointment-list', 'hn-inbox', 'hn-tool-catalogue', 'hn-journal-viewer', 'hn-test-results', 'hn-referrals'];

/** The overview and every app's own page. */
export const SHELL_PATHS = ['/', '/appointments', '/inbox', '/tools', '/journal', '/test-results', '/referrals'];
