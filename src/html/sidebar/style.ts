// Styles of the 300px dashboard sidebar; the page loads no external assets.
export const SIDEBAR_CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 12px; width: 100%; max-width: 300px; font: 14px/1.45 Arial, Helvetica, sans-serif; color: #1f1f1f; background: #ffffff; }
h1 { font-size: 17px; margin: 0 0 2px 0; color: #0b4f8a; }
h2 { font-size: 15px; margin: 16px 0 6px 0; color: #0b4f8a; }
p { margin: 0 0 6px 0; }
.muted { color: #5f6368; font-size: 13px; }
ul { list-style: none; margin: 0; padding: 0; }
.count { display: flex; justify-content: space-between; align-items: center; padding: 3px 0; border-bottom: 1px solid #eceff1; }
.count strong { font-size: 15px; }
.badge { display: inline-block; font-size: 13px; font-weight: bold; border: 1px solid currentColor; border-radius: 3px; padding: 0 6px; }
.good { color: #0d5b26; background: #e3f3e8; }
.warning { color: #6b4500; background: #fff1cc; }
.bad { color: #9b1c1c; background: #fde8e8; }
.info { color: #0b4f8a; background: #e3eefa; }
.neutral { color: #3c4043; background: #eceff1; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
button:disabled { cursor: wait; opacity: 0.6; }
.task { display: block; width: 100%; text-align: left; margin: 0 0 6px 0; padding: 6px 8px; background: #ffffff; border: 1px solid #d0d4d9; border-left: 4px solid #9b1c1c; border-radius: 3px; color: #1f1f1f; }
.task:hover { background: #f8f9fa; }
.task .code { font-weight: bold; }
.task .meta { display: block; font-size: 12px; color: #5f6368; }
.units { margin: 2px 0 8px 0; }
.actions button { display: block; width: 100%; margin: 0 0 6px 0; padding: 8px 10px; text-align: left; color: #ffffff; background: #0b4f8a; border: 1px solid #0b4f8a; border-radius: 4px; }
.actions button.secondary { color: #0b4f8a; background: #ffffff; }
#status { min-height: 20px; margin-top: 8px; font-size: 13px; }
#status.error { color: #9b1c1c; }
`;
