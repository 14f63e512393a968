// @ts-check
// Follows Outlook's theme: Office.context.officeTheme where the host gives it, else the system's colour scheme.

/** The media query the pane falls back to outside Office (or on hosts without officeTheme). */
const DARK_QUERY = "(prefers-color-scheme: dark)";

/**
 * Sets html[data-theme] to "light" or "dark" now, and again whenever Office or the system changes theme.
 * Windows high contrast needs nothing here: forced-colors in theme.css takes over every colour.
 * @param {import("./office-host.js").Host} host
 * @returns {"light" | "dark"} The theme applied.
 */
export function followTheme(host) {
  const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
  const apply = () => {
    document.documentElement.dataset.theme = themeFrom(officeTheme(host), media?.matches ?? false);
    return document.documentElement.dataset.theme;
  };
  media?.addEventListener?.("change", apply);
  const changed = window.Office?.EventType?.OfficeThemeChanged;
  if (host.mode === "outlook" && changed && typeof host.mailbox.addHandlerAsync === "function") {
    try {
      host.mailbox.addHandlerAsync(changed, apply);
    } catch {
      // Older hosts lack the event: the theme is read again when the pane next opens.
    }
  }
  return /** @type {"light" | "dark"} */ (apply());
}

/**
 * The theme for Office's body background (dark when its luminance is low), else the system's preference.
 * @param {{ bodyBackgroundColor?: string } | null} theme Office.context.officeTheme, or null.
 * @param {boolean} systemPrefersDark
 * @returns {"light" | "dark"}
 */
export function themeFrom(theme, systemPrefersDark) {
  const rgb = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!rgb) return systemPrefersDark ? "dark" : "light";
  const value = parseInt(rgb[1], 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}

/**
 * Office's theme colours, when this host has them (Outlook on Windows and the web; not a plain browser).
 * @param {import("./office-host.js").Host} host
 * @returns {{ bodyBackgroundColor?: string } | null}
 */
function officeTheme(host) {
  if (host.mode !== "outlook") return null;
  try {
    return window.Office?.context?.officeTheme ?? null;
  } catch {
    return null;
  }
}
