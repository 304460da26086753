/** Last resort when an editor refuses the text: the person pastes it themselves. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No permission or no focus: the message then says only that it failed.
    return false;
  }
}
