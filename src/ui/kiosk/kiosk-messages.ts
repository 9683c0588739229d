// Texts of the kiosk's attract screen. The invitation is shown in both languages at once: a visitor may read either.
import { defineMessages } from '../i18n.ts';

export const kioskText = defineMessages(
  {
    invitation: '触摸探索',
    tourLabel: '导览',
  },
  {
    invitation: 'Touch to explore',
    tourLabel: 'Tour',
  },
);
