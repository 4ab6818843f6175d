// The variant the build made: the script bound to one spreadsheet, or the editor add-on.

/** Set by the build (tools/build.mjs): true when bundled as an editor add-on. */
declare const NQ57_AS_ADDON: boolean;

/**
 * Returns whether this bundle is the editor add-on. Add-ons put their menu under Extensions and may
 * keep only one clock trigger per user and document, firing at most hourly.
 */
export function isAddon(): boolean {
  return NQ57_AS_ADDON;
}
