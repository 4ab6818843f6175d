// The bundle's manifest as the emulator applies it: the OAuth scopes that decide which Drive
// calls may run, and the advanced services it enables.

import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Exception, SCOPES} from './exception';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** Settings of the bundle's appsscript.json that the emulator applies. */
export interface Manifest {
  /** Null when the manifest is missing or lists no scopes, so nothing is enforced. */
  oauthScopes: string[] | null;
  /** userSymbol of the Drive advanced service; null when it is not enabled. */
  driveSymbol: string | null;
}

interface ManifestJson {
  oauthScopes?: string[];
  dependencies?: {
    enabledAdvancedServices?: Array<{userSymbol?: string; serviceId?: string}>;
  };
}

/**
 * Reads buildDir/appsscript.json. A folder without one (the emulator's own fixtures) enforces
 * no scopes and gets `Drive` under its usual name.
 */
export function readManifest(buildDir: string): Manifest {
  const path = join(buildDir, 'appsscript.json');
  if (!existsSync(path)) return {oauthScopes: null, driveSymbol: 'Drive'};
  const json = JSON.parse(readFileSync(path, 'utf8')) as ManifestJson;
  const drive = json.dependencies?.enabledAdvancedServices?.find(
    service => service.serviceId === 'drive',
  );
  return {
    oauthScopes: json.oauthScopes ?? null,
    driveSymbol: drive?.userSymbol ?? null,
  };
}

export function declares(manifest: Manifest, scope: string): boolean {
  return manifest.oauthScopes === null || manifest.oauthScopes.includes(scope);
}

/**
 * Wraps DriveApp so that every call fails when the manifest lacks the full `drive` scope.
 * NOTE: Google's scope guide does not list DriveApp's scopes per method. Public error reports
 * show createFile and createFolder asking for full `drive`. The emulator extends that to every
 * DriveApp method, because no Folder or File can be reached without a DriveApp call.
 */
export function guardDriveAppScopes<T extends object>(
  driveApp: T,
  manifest: Manifest,
): T {
  if (declares(manifest, SCOPES.drive)) return driveApp;
  return new Proxy(driveApp, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return () => {
        throw new Exception(
          `You do not have permission to call DriveApp.${String(property)}. ` +
            `Required permissions: ${SCOPES.drive}`,
        );
      };
    },
  });
}
