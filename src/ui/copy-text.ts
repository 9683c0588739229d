// Copying text on plain HTTP: navigator.clipboard exists only in secure contexts (HTTPS, localhost), and the app is
// deployed on intranet HTTP. So the text goes into a read-only field on the page, which is selected and copied with
// document.execCommand('copy') (allowed in a click handler in every browser); the field keeps the text selected, so
// where even that is refused the user presses Ctrl+C.

/** Puts `text` in `field`, selects it and copies it; false when the browser refused the copy. */
export function copyThroughField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  field.readOnly = true;
  field.value = text;
  field.hidden = false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
