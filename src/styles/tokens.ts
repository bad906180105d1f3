import { css } from 'lit';

/*
 * The only place colour literals live. The default theme borrows the host's text colour and font
 * so a widget sits quietly on a school or council page; `theme="nhs"` switches to the NHS.UK palette,
 * and `dark` (alone or as in `theme="nhs dark"`) suits a page with light text on a dark background.
 */
export const tokens = css`
  :host {
    --nhs-color-text: currentColor;
    --nhs-color-text-secondary: color-mix(in srgb, currentColor 75%, transparent);
    --nhs-color-background: transparent;
    --nhs-color-surface: color-mix(in srgb, currentColor 4%, transparent);
    --nhs-color-border: color-mix(in srgb, currentColor 25%, transparent);
    /* Links mix the host's text colour with blue, so they keep the text's contrast on light and dark pages alike. */
    --nhs-color-link: color-mix(in srgb, currentColor 65%, #005eb8);
    --nhs-color-link-visited: color-mix(in srgb, currentColor 65%, #330072);
    --nhs-color-accent: #005eb8;
    --nhs-color-on-accent: #ffffff;
    --nhs-color-tag-background: color-mix(in srgb, #005eb8 10%, transparent);
    --nhs-color-tag-text: currentColor;
    --nhs-color-error: #d5281b;
    --nhs-color-focus: #ffeb3b;
    --nhs-color-focus-text: #212b32;
    --nhs-radius: 4px;
  }

  :host([theme~='nhs']) {
    --nhs-color-text: #212b32;
    --nhs-color-text-secondary: #4c6272;
    --nhs-color-background: #ffffff;
    --nhs-color-surface: #f0f4f5;
    --nhs-color-border: #d8dde0;
    --nhs-color-link: #005eb8;
    --nhs-color-accent: #005eb8;
    --nhs-color-tag-background: #e8f1f8;
    --nhs-color-tag-text: #003087;
    --nhs-radius: 0;
    font-family: Frutiger W01, Arial, sans-serif;
  }

  :host([theme~='dark']) {
    --nhs-color-link: #8cc8ff;
    --nhs-color-link-visited: #d6b4ff;
    --nhs-color-tag-background: color-mix(in srgb, #8cc8ff 20%, transparent);
    --nhs-color-error: #ff8a80;
  }

  :host([theme~='nhs'][theme~='dark']) {
    --nhs-color-text: #f0f4f5;
    --nhs-color-text-secondary: #d8dde0;
    --nhs-color-background: #212b32;
    --nhs-color-surface: #2f3c45;
    --nhs-color-border: #768692;
    --nhs-color-tag-background: #003087;
    --nhs-color-tag-text: #ffffff;
  }
`;
