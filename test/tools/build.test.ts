// The bundle that clasp pushes: every name Apps Script calls is a top-level function.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {AUTOMATION_MENU, MENU_ITEMS} from '../../src/edge/menu';
import {HANDLERS} from '../../src/edge/automation';

const buildDir = join(__dirname, '../../build');
const code = readFileSync(join(buildDir, 'Code.js'), 'utf8');
const topLevel = new Set(
  [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map(m => m[1]),
);

describe('build/Code.js', () => {
  const menuHandlers = [
    ...MENU_ITEMS.flatMap(item => (item ? [item.handler] : [])),
    ...AUTOMATION_MENU.items.map(item => item.handler),
  ];

  test.each(menuHandlers)('defines menu handler %s', name => {
    expect(topLevel.has(name)).toBe(true);
  });

  test.each(Object.values(HANDLERS))('defines trigger handler %s', name => {
    expect(topLevel.has(name)).toBe(true);
  });

  test.each(['onOpen', 'onInstall', 'sidebarData', 'jumpToTask'])(
    'defines %s',
    name => {
      expect(topLevel.has(name)).toBe(true);
    },
  );

  test('keeps Vietnamese text unescaped', () => {
    expect(code).toContain('Thiết lập / cập nhật bảng tính');
  });

  test('holds only what clasp pushes', () => {
    const files = readdirSync(buildDir).filter(file => !/\.html$/.test(file));
    expect(files.sort()).toEqual(['Code.js', 'appsscript.json']);
  });

  test('manifest names V8, the zone and explicit scopes', () => {
    const manifest = JSON.parse(
      readFileSync(join(buildDir, 'appsscript.json'), 'utf8'),
    );
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.oauthScopes).not.toContain(
      'https://www.googleapis.com/auth/drive',
    );
    expect(manifest.oauthScopes).not.toContain(
      'https://www.googleapis.com/auth/spreadsheets',
    );
  });
});
