// The consent page's own styles, on top of the report form's stylesheet (/form/assets/style.css);
// a string here rather than a file so that the build needs no copy step for it.
export const CONSENT_CSS = `
.setting { border: 1px solid var(--line, #c9d1da); border-radius: var(--radius, 10px); padding: .9rem 1rem 1rem; margin: 0 0 1rem; background: var(--paper, #fff); }
.setting legend { font-weight: 700; padding: 0 .3rem; font-size: 1.05rem; }
.setting__body { margin: .2rem 0 .4rem; }
.setting__note { color: var(--muted, #505a66); font-size: .9rem; }
.choices { display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
.choice { display: inline-flex; align-items: center; gap: .5rem; min-height: 44px; padding: .25rem .9rem; border: 1px solid var(--line, #c9d1da); border-radius: 999px; cursor: pointer; font-weight: 400 !important; }
.choice input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--brand, #0b5cad); }
.choice:has(input:checked) { border-color: var(--brand, #0b5cad); background: #eaf2fb; font-weight: 700 !important; }
.notice { border-left: 4px solid var(--brand, #0b5cad); background: #eaf2fb; padding: .75rem 1rem; border-radius: 6px; margin: 0 0 1.25rem; }
.notice--warn { border-color: var(--warn, #8a4b00); background: var(--warn-bg, #fff4e0); }
.notice--ok { border-color: var(--ok, #1d6b36); background: var(--ok-bg, #e8f5ec); }
.code-input { font-size: 1.5rem; letter-spacing: .3em; width: 100%; max-width: 12rem; padding: .4rem .6rem; border: 2px solid var(--ink, #1a1d21); border-radius: 6px; }
.line-input { font-size: 1.15rem; width: 100%; max-width: 20rem; padding: .55rem .7rem; border: 2px solid var(--ink, #1a1d21); border-radius: 6px; }
.field--error .code-input, .field--error .line-input { border-color: var(--danger, #b3261e); }
button.lang-switch { background: transparent; font: inherit; cursor: pointer; }
.lang-form { margin: 0; }
.linkish { background: none; border: 0; padding: 0; color: var(--brand, #0b5cad); text-decoration: underline; font: inherit; cursor: pointer; min-height: 44px; }
`;
