// Ui and Menu: menus are recorded, dialogs return the responses that the test queues.

import {record, type ServiceEnv} from './env';
import {SCOPES, requireAuthorization, rejectAuthModeNone} from './exception';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuEntry =
  | {kind: 'item'; caption: string; functionName: string}
  | {kind: 'separator'}
  | {kind: 'submenu'; menu: RecordedMenu};

export interface RecordedMenu {
  caption: string;
  /** True for the menu under Extensions that createAddonMenu makes. */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
  text?: string;
}

export interface ScriptedResponse {
  button: ButtonName;
  text?: string;
}

/** An HtmlOutput as the Ui reads it, without counting calls. */
export interface UiContent {
  emuTitle(): string;
  emuContent(): string;
}

const BUTTONS_OF_SET: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** What a person saw in the spreadsheet's UI, plus the queue of their next responses. */
export class UiRecord {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly sidebars: {title: string; html: string}[] = [];
  readonly dialogs: {title: string; html: string; modal: boolean}[] = [];
  private readonly responses: ScriptedResponse[] = [];

  queueResponse(response: ScriptedResponse): void {
    this.responses.push(response);
  }

  /** Takes the next queued response. A dialog without one is a mistake in the test. */
  takeResponse(
    kind: string,
    prompt: string,
    buttons: ButtonSetName,
  ): ScriptedResponse {
    const response = this.responses.shift();
    if (!response) {
      throw new Error(
        `Ui.${kind}("${prompt}") has no scripted response: ` +
          'call emulator.ui.queueResponse({button}) before running the script.',
      );
    }
    if (!BUTTONS_OF_SET[buttons].includes(response.button)) {
      throw new Error(
        `The scripted response ${response.button} is not a button of ButtonSet.${buttons} ` +
          `shown by Ui.${kind}("${prompt}").`,
      );
    }
    return response;
  }

  /** Adds a menu, replacing one with the same caption as a reloaded page would. */
  addMenu(menu: RecordedMenu): void {
    const index = this.menus.findIndex(m => m.caption === menu.caption);
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }
}

export class Menu {
  readonly recorded: RecordedMenu;

  constructor(
    private readonly env: ServiceEnv,
    private readonly ui: UiRecord,
    caption: string,
    addon: boolean,
  ) {
    this.recorded = {caption, addon, items: []};
  }

  addItem(caption: string, functionName: string): Menu {
    record(this.env.ctx, 'Menu', 'addItem');
    this.recorded.items.push({kind: 'item', caption, functionName});
    return this;
  }

  addSeparator(): Menu {
    record(this.env.ctx, 'Menu', 'addSeparator');
    this.recorded.items.push({kind: 'separator'});
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    record(this.env.ctx, 'Menu', 'addSubMenu');
    this.recorded.items.push({kind: 'submenu', menu: menu.recorded});
    return this;
  }

  addToUi(): void {
    record(this.env.ctx, 'Menu', 'addToUi');
    this.ui.addMenu(this.recorded);
  }
}

class PromptResponse {
  constructor(
    private readonly env: ServiceEnv,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    record(this.env.ctx, 'PromptResponse', 'getResponseText');
    return this.text;
  }

  getSelectedButton(): ButtonName {
    record(this.env.ctx, 'PromptResponse', 'getSelectedButton');
    return this.button;
  }
}

/** Splits the (prompt), (prompt, buttons) and (title, prompt, buttons) overloads. */
function dialogArgs(args: unknown[]): {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
} {
  if (args.length >= 3) {
    return {
      title: String(args[0]),
      prompt: String(args[1]),
      buttons: args[2] as ButtonSetName,
    };
  }
  return {
    title: '',
    prompt: String(args[0]),
    buttons: (args[1] as ButtonSetName | undefined) ?? 'OK',
  };
}

export function createUi(
  env: ServiceEnv,
  ui: UiRecord,
  addonName: string,
  onSuspend: () => void,
) {
  const {ctx} = env;
  const count = (method: string) => record(ctx, 'Ui', method);
  const showHtml = (method: string, content: UiContent) => {
    count(method);
    requireAuthorization(ctx, `Ui.${method}`, SCOPES.containerUi);
    return {title: content.emuTitle(), html: content.emuContent()};
  };

  return {
    Button: {OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE'},
    ButtonSet: {
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    },

    createMenu(caption: string): Menu {
      count('createMenu');
      return new Menu(env, ui, caption, false);
    },

    createAddonMenu(): Menu {
      count('createAddonMenu');
      return new Menu(env, ui, addonName, true);
    },

    /** Shows a message; the script waits for the person, and its locks lapse meanwhile. */
    alert(...args: unknown[]): ButtonName {
      count('alert');
      rejectAuthModeNone(ctx);
      const {title, prompt, buttons} = dialogArgs(args);
      const response = ui.takeResponse('alert', prompt, buttons);
      onSuspend();
      ui.alerts.push({
        kind: 'alert',
        title,
        prompt,
        buttons,
        response: response.button,
      });
      return response.button;
    },

    prompt(...args: unknown[]): PromptResponse {
      count('prompt');
      rejectAuthModeNone(ctx);
      const {title, prompt, buttons} = dialogArgs(args);
      const response = ui.takeResponse('prompt', prompt, buttons);
      onSuspend();
      const text = response.text ?? '';
      ui.alerts.push({
        kind: 'prompt',
        title,
        prompt,
        buttons,
        response: response.button,
        text,
      });
      return new PromptResponse(env, response.button, text);
    },

    showSidebar(userInterface: UiContent): void {
      ui.sidebars.push(showHtml('showSidebar', userInterface));
    },

    showModalDialog(userInterface: UiContent, title: string): void {
      const shown = showHtml('showModalDialog', userInterface);
      ui.dialogs.push({title, html: shown.html, modal: true});
    },

    showModelessDialog(userInterface: UiContent, title: string): void {
      const shown = showHtml('showModelessDialog', userInterface);
      ui.dialogs.push({title, html: shown.html, modal: false});
    },
  };
}
