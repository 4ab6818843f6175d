// Builds build/Code.js once before the tests, so edge tests always load the current bundle.
import {build} from '../tools/build.mjs';

export default async function globalSetup() {
  await build();
}
