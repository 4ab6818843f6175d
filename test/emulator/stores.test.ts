// PropertiesService and CacheService: strings only, limits, expiry and persistence.

import {makeEmulator, servicesOf} from './helpers';

describe('Properties', () => {
  test('values become strings', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    const props = PropertiesService.getScriptProperties();
    props.setProperty('count', 5);
    expect(props.getProperty('count')).toBe('5');
  });

  test('miss returns null', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    expect(
      PropertiesService.getDocumentProperties().getProperty('none'),
    ).toBeNull();
  });

  test('setProperties with deleteAllOthers', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    const props = PropertiesService.getUserProperties();
    props.setProperty('old', 'x');
    props.setProperties({a: 1, b: true}, true);
    expect(props.getProperties()).toEqual({a: '1', b: 'true'});
    expect(props.getKeys()).toEqual(['a', 'b']);
  });

  test('delete one and all', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    const props = PropertiesService.getScriptProperties();
    props.setProperties({a: '1', b: '2'});
    props.deleteProperty('a');
    expect(props.getKeys()).toEqual(['b']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('stores are separate', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(
      PropertiesService.getDocumentProperties().getProperty('k'),
    ).toBeNull();
  });

  test('value over 9 KB rejected', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(props.getProperty('big')).toBeNull();
  });

  test('store over 500 KB rejected', () => {
    const {PropertiesService} = servicesOf(makeEmulator());
    const props = PropertiesService.getScriptProperties();
    for (let i = 0; i < 55; i++)
      props.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('k55', 'x'.repeat(9 * 1024))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(55);
  });

  test('persist across executions', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.run('sendReminder');
    expect(emulator.run('sendReminder')).toBe('skipped');
  });

  test('user stores per user', () => {
    const emulator = makeEmulator({activeUser: 'a@bacha.example'});
    servicesOf(emulator)
      .PropertiesService.getUserProperties()
      .setProperty('k', 'a');
    expect(emulator.emu.properties.user('a@bacha.example').get('k')).toBe('a');
    expect(
      emulator.emu.properties.user('b@bacha.example').get('k'),
    ).toBeUndefined();
  });
});

describe('Cache', () => {
  test('expires on the clock', () => {
    const emulator = makeEmulator();
    const cache = servicesOf(emulator).CacheService.getScriptCache();
    cache.put('k', 42, 60);
    expect(cache.get('k')).toBe('42');
    emulator.ctx.clock.advance(59999);
    expect(cache.get('k')).toBe('42');
    emulator.ctx.clock.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  test('default expiry ten minutes', () => {
    const emulator = makeEmulator();
    const cache = servicesOf(emulator).CacheService.getDocumentCache();
    cache.put('k', 'v');
    emulator.ctx.clock.advance(600000);
    expect(cache.get('k')).toBeNull();
  });

  test('putAll getAll removeAll', () => {
    const cache = servicesOf(makeEmulator()).CacheService.getUserCache();
    cache.putAll({a: '1', b: '2', c: '3'});
    expect(cache.getAll(['a', 'b', 'x'])).toEqual({a: '1', b: '2'});
    cache.removeAll(['a', 'b']);
    cache.remove('c');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  test('key over 250 characters', () => {
    const cache = servicesOf(makeEmulator()).CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(
      'Argument too large: key',
    );
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
  });

  test('value over 100 KB', () => {
    const cache = servicesOf(makeEmulator()).CacheService.getScriptCache();
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });

  test.each([0, 21601])('ttl %i rejected', ttl => {
    const cache = servicesOf(makeEmulator()).CacheService.getScriptCache();
    expect(() => cache.put('k', 'v', ttl)).toThrow('expirationInSeconds');
  });
});
