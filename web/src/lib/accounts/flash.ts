/**
 * A one-time message carried to the next page (e.g. "you are signed out" on the home page after
 * signing out), through sessionStorage rather than the URL so it is not bookmarked or shared.
 */
export const FLASH_KINDS = ['signed-out', 'signed-out-everywhere', 'deleted'] as const;
export type FlashKind = (typeof FLASH_KINDS)[number];

const FLASH_KEY = 'communs.flash';

export const setFlash = (kind: FlashKind) => {
  try {
    sessionStorage.setItem(FLASH_KEY, kind);
  } catch {
    // No storage: the next page simply shows no message.
  }
};

export const takeFlash = (): FlashKind | undefined => {
  try {
    const kind = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    return FLASH_KINDS.find((known) => known === kind);
  } catch {
    return undefined;
  }
};
