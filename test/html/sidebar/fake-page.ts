// Runs the sidebar's browser script in a vm with the few DOM and
// google.script.run features it uses, recording every server call.
import {runInNewContext} from 'node:vm';

export interface FakeElement {
  textContent: string;
  innerHTML: string;
  className: string;
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface FakePage {
  elements: Record<'updated' | 'panels' | 'status', FakeElement>;
  calls: ServerCall[];
  buttons: Array<{disabled: boolean}>;
  /** Clicks a button with the given data attributes. */
  click(attributes: Record<string, string>): void;
  /** Completes the last server call with success or failure. */
  succeed(result: unknown): void;
  fail(message: string): void;
}

export function scriptOf(page: string): string {
  const match = /<script>([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('The page has no <script> element.');
  return match[1];
}

export function runSidebar(page: string, withServer = true): FakePage {
  const element = (): FakeElement => ({
    textContent: '',
    innerHTML: '',
    className: '',
  });
  const elements = {updated: element(), panels: element(), status: element()};
  const buttons = [{disabled: false}, {disabled: false}];
  const calls: ServerCall[] = [];
  let onSuccess: (result: unknown) => void = () => {};
  let onFailure: (error: Error) => void = () => {};
  let clickHandler: (event: unknown) => void = () => {};

  const run = new Proxy(
    {},
    {
      get(_target, name: string) {
        if (name === 'withSuccessHandler') {
          return (handler: typeof onSuccess) => ((onSuccess = handler), run);
        }
        if (name === 'withFailureHandler') {
          return (handler: typeof onFailure) => ((onFailure = handler), run);
        }
        return (...args: unknown[]) => calls.push({name, args});
      },
    },
  );
  const document = {
    getElementById: (id: keyof typeof elements) => elements[id],
    querySelectorAll: () => buttons,
    addEventListener: (_type: string, handler: typeof clickHandler) => {
      clickHandler = handler;
    },
  };
  const window = withServer ? {google: {script: {run}}} : {};
  runInNewContext(scriptOf(page), {document, window});

  return {
    elements,
    calls,
    buttons,
    click(attributes) {
      const button = {
        disabled: false,
        getAttribute: (name: string) => attributes[name] ?? null,
      };
      clickHandler({target: {closest: () => button}});
    },
    succeed: result => onSuccess(result),
    fail: message => onFailure(new Error(message)),
  };
}
