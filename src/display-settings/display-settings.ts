import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../core/base.styles.js';
import { themeStyles } from '../core/theme.styles.js';
import { emit } from '../core/events.js';
import { LangController, parseLabels, type GovLabels } from '../core/i18n.js';
import {
  DEFAULT_SETTINGS,
  isTextSize,
  isThemeChoice,
  parseSettings,
  resolveTheme,
  TEXT_SIZES,
  THEMES,
  type DisplaySettings,
  type TextSize,
  type Theme,
  type ThemeChoice,
} from './display-settings.data.js';
import { displaySettingsStrings, type DisplaySettingsLabel } from './display-settings.strings.js';
import { displaySettingsStyles } from './display-settings.styles.js';

export type { DisplaySettings, TextSize, Theme, ThemeChoice };

/** `detail` of `gov-display-change`: the visitor's choice and the theme in effect. */
export interface GovDisplayChangeDetail extends DisplaySettings {
  resolvedTheme: Theme;
}

declare global {
  interface HTMLElementTagNameMap {
    'gov-display-settings': GovDisplaySettings;
  }
  interface GlobalEventHandlersEventMap {
    'gov-display-change': CustomEvent<GovDisplayChangeDetail>;
  }
}

/** Where a visitor's choice is kept (localStorage). */
export const STORAGE_KEY = 'gov-display-settings';

type Label = DisplaySettingsLabel;
const CHANGE = 'gov-display-change';
// On the server there is no system to ask: the light theme, as a page without the setting shows.
const media = (query: string): MediaQueryList => (isServer ? ({ matches: false } as MediaQueryList) : matchMedia(query));
const QUERIES = ['(prefers-contrast: more)', '(prefers-color-scheme: dark)', '(forced-colors: active)'];

/** The stored choice, validated; the defaults when there is none or storage is unavailable. */
function readStored(): DisplaySettings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The theme in effect for a choice on this system. Forced colours leave the colours to the system. */
function themeFor(choice: ThemeChoice): Theme {
  if (media(QUERIES[2]).matches) return 'light';
  return resolveTheme(choice, { contrast: media(QUERIES[0]).matches, dark: media(QUERIES[1]).matches });
}

/** Sets the page's attributes and the text scale, and adopts the theme sheet once. */
function applyToPage(settings: DisplaySettings, theme: Theme): void {
  const root = document.documentElement;
  root.dataset.govTheme = theme;
  root.dataset.govTextSize = settings.size;
  root.style.setProperty('--gov-text-scale', String(TEXT_SIZES[settings.size]));
  const sheet = themeStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

/**
 * Text size and contrast for the whole page: a visitor picks a text size (normal, large, larger)
 * and a theme (automatic, light, dark, high contrast). The choice is remembered in the browser
 * (`localStorage`) and applied to every gov- element on the page and to the page itself:
 * `<html data-gov-theme="light|dark|contrast" data-gov-text-size="normal|large|larger">` and the
 * custom property `--gov-text-scale` (1, 1.25, 1.5) on `<html>`, which a page may use for its own
 * text. "Automatic" follows the system: more contrast, then a dark scheme, then light; under forced
 * colours (Windows contrast themes) the system's colours rule and the theme stays light. Hidden in
 * print. It loads no data: its `state` attribute is `ready` once it has rendered.
 *
 * @summary Text size and contrast ("Cỡ chữ, tương phản") for every gov- element and the page.
 * @tag gov-display-settings
 *
 * @csspart group - Each group of choices (a `<fieldset>`): text size, theme.
 * @csspart legend - A group's name.
 * @csspart option - One choice (a radio button styled as a button).
 *
 * @cssprop --gov-text-scale - Set on `<html>` by the control (1, 1.25, 1.5); every gov- element scales its text by it once, and a page may use it too.
 * @cssprop --gov-color-primary - The choices' border, and the chosen one's background (the shared token; the other shared colour tokens apply too).
 *
 * @fires gov-display-change - The visitor changed a setting; `detail: { size, theme, resolvedTheme }`.
 */
export class GovDisplaySettings extends LitElement {
  static override styles = [baseStyles, displaySettingsStyles];
  static override properties = {
    settings: { state: true },
    labels: { converter: { fromAttribute: parseLabels } },
  };

  /** The visitor's choice (from storage when the element connects). */
  protected settings: DisplaySettings = { ...DEFAULT_SETTINGS };

  /**
   * Labels that replace the control's own in every language, by key (`size`, `normal`, `large`, `larger`,
   * `theme`, `auto`, `light`, `dark`, `contrast`, `heading`): `{ dark: 'Nền tối' }`. As an attribute, a JSON
   * object; one that is not is ignored with a console warning.
   */
  labels?: GovLabels<Label>;

  private readonly i18n = new LangController<Label>(
    this,
    () => displaySettingsStrings,
    () => this.labels,
  );
  readonly #queries = QUERIES.map(media);
  readonly #onSystemChange = (): void => this.#apply(false);
  readonly #onOtherChange = (event: Event): void => {
    if (event.target !== this) this.#sync();
  };
  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY) this.#sync();
  };

  /** The text size in effect. */
  get size(): TextSize {
    return this.settings.size;
  }

  /** The theme chosen (`auto` included). */
  get theme(): ThemeChoice {
    return this.settings.theme;
  }

  /** The theme in effect once `auto` is resolved. */
  get resolvedTheme(): Theme {
    return themeFor(this.settings.theme);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#queries.forEach((q) => q.addEventListener('change', this.#onSystemChange));
    document.addEventListener(CHANGE, this.#onOtherChange);
    window.addEventListener('storage', this.#onStorage);
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queries.forEach((q) => q.removeEventListener('change', this.#onSystemChange));
    document.removeEventListener(CHANGE, this.#onOtherChange);
    window.removeEventListener('storage', this.#onStorage);
  }

  /** Re-reads the stored choice (another control or tab changed it) and applies it. */
  #sync(): void {
    this.settings = readStored();
    this.#apply(false);
  }

  /** Applies the current choice to the page; `save` also remembers it and announces the change. */
  #apply(save: boolean): void {
    const resolvedTheme = this.resolvedTheme;
    applyToPage(this.settings, resolvedTheme);
    if (!save) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.settings));
    } catch {
      // Storage may be off (private browsing): the choice still holds for this page.
    }
    emit<GovDisplayChangeDetail>(this, CHANGE, { ...this.settings, resolvedTheme });
  }

  #choose(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    if (name === 'size' && isTextSize(value)) this.settings = { ...this.settings, size: value };
    else if (name === 'theme' && isThemeChoice(value)) this.settings = { ...this.settings, theme: value };
    else return;
    this.#apply(true);
  }

  #group<V extends Label>(name: 'size' | 'theme', values: readonly V[], current: V): TemplateResult {
    return html`<fieldset part="group">
      <legend part="legend">${this.i18n.t(name)}</legend>
      ${values.map(
        (value) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              value=${value}
              ?checked=${isServer && value === current}
              .checked=${isServer ? nothing : value === current}
              @change=${this.#choose}
            /><span class="option" part="option">${this.i18n.t(value)}</span></label
          >`,
      )}
    </fieldset>`;
  }

  protected override firstUpdated(): void {
    // Like every gov- element, it says when it is ready (always: it has no data to wait for).
    this.setAttribute('state', 'ready');
  }

  protected override render(): TemplateResult {
    return html`<div class="groups" role="group" aria-label=${this.i18n.t('heading')}>
      ${this.#group('size', Object.keys(TEXT_SIZES) as TextSize[], this.settings.size)}
      ${this.#group('theme', THEMES, this.settings.theme)}
    </div>`;
  }
}

// Guarded like define() in core/gov-element.ts, without importing the data elements' base class.
if (!customElements.get('gov-display-settings')) customElements.define('gov-display-settings', GovDisplaySettings);
