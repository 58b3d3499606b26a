/** One link of the studio's navigation. */
export interface NavItem {
  href: string;
  label: string;
}

/** The navigation, in groups. Pages appear here only once they do something real. */
export const NAV_GROUPS: { title: string; items: NavItem[] }[] = [
  {
    title: 'Studio',
    items: [
      { href: '/tunes', label: 'Tunes' },
      { href: '/templates', label: 'Templates' },
      { href: '/base-models', label: 'Base models' },
    ],
  },
  {
    title: 'Developers',
    items: [
      { href: '/api-keys', label: 'API keys' },
      { href: '/api-reference', label: 'API reference' },
    ],
  },
];
