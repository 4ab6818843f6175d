// HtmlService: outputs and templates for dialogs, sidebars, emails and the report PDF.

import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Blob, convertBlob} from './blob';
import {record, type ServiceEnv} from './env';
import {Exception, rejectAuthModeNone} from './exception';
import {escapeHtml, renderTemplate} from './html-template';

export interface HtmlEnv extends ServiceEnv {
  /** Evaluates source in the bundle's sandbox, so templates can call the script's functions. */
  evaluate(source: string): unknown;
}

export class HtmlOutput {
  private title = '';
  private width = 300;
  private height = 200;
  private readonly metaTags: {name: string; content: string}[] = [];

  constructor(
    private readonly env: HtmlEnv,
    private content: string,
  ) {}

  private count(method: string): void {
    record(this.env.ctx, 'HtmlOutput', method);
  }

  emuTitle(): string {
    return this.title;
  }

  emuContent(): string {
    return this.content;
  }

  getContent(): string {
    this.count('getContent');
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.count('setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.count('append');
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.count('appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this.count('clear');
    this.content = '';
    return this;
  }

  getTitle(): string {
    this.count('getTitle');
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.count('setTitle');
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    this.count('getWidth');
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.count('setWidth');
    this.width = width;
    return this;
  }

  getHeight(): number {
    this.count('getHeight');
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.count('setHeight');
    this.height = height;
    return this;
  }

  setSandboxMode(): HtmlOutput {
    this.count('setSandboxMode');
    return this;
  }

  setXFrameOptionsMode(): HtmlOutput {
    this.count('setXFrameOptionsMode');
    return this;
  }

  setFaviconUrl(): HtmlOutput {
    this.count('setFaviconUrl');
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.count('addMetaTag');
    this.metaTags.push({name, content});
    return this;
  }

  getMetaTags(): {name: string; content: string}[] {
    this.count('getMetaTags');
    return [...this.metaTags];
  }

  getBlob(): Blob {
    this.count('getBlob');
    return new Blob(this.env, this.content, 'text/html', this.title || null);
  }

  /** Converts to another type; 'application/pdf' counts against the daily conversions. */
  getAs(contentType: string): Blob {
    this.count('getAs');
    const bytes = Buffer.from(this.content, 'utf8');
    return convertBlob(
      this.env,
      bytes,
      'text/html',
      `${this.title || 'Untitled'}.html`,
      contentType,
    );
  }
}

/** Template variables live on the template object itself, so internals stay in this map. */
const templateSource = new WeakMap<
  HtmlTemplate,
  {env: HtmlEnv; source: string}
>();

export class HtmlTemplate {
  [variable: string]: unknown;

  constructor(env: HtmlEnv, source: string) {
    templateSource.set(this, {env, source});
  }

  evaluate(): HtmlOutput {
    const {env, source} = templateSource.get(this)!;
    record(env.ctx, 'HtmlTemplate', 'evaluate');
    const vars: Record<string, unknown> = {...this};
    return new HtmlOutput(env, renderTemplate(source, vars, env.evaluate));
  }

  getRawContent(): string {
    const {env, source} = templateSource.get(this)!;
    record(env.ctx, 'HtmlTemplate', 'getRawContent');
    return source;
  }
}

function readHtmlFile(env: HtmlEnv, filename: string): string {
  const name = filename.endsWith('.html') ? filename : `${filename}.html`;
  const path = join(env.buildDir, name);
  if (!existsSync(path))
    throw new Exception(`No HTML file named ${filename} was found.`);
  return readFileSync(path, 'utf8');
}

function sourceOf(input: unknown): string {
  if (input instanceof Blob) return input.emuBytes().toString('utf8');
  if (input instanceof HtmlTemplate) return input.getRawContent();
  return input === undefined ? '' : String(input);
}

export function createHtmlService(env: HtmlEnv) {
  const count = (method: string) => {
    record(env.ctx, 'HtmlService', method);
    rejectAuthModeNone(env.ctx);
  };
  return {
    SandboxMode: {EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE'},
    XFrameOptionsMode: {ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT'},

    createHtmlOutput(html?: unknown): HtmlOutput {
      count('createHtmlOutput');
      if (html instanceof HtmlTemplate) return html.evaluate();
      return new HtmlOutput(env, sourceOf(html));
    },
    createHtmlOutputFromFile(filename: string): HtmlOutput {
      count('createHtmlOutputFromFile');
      return new HtmlOutput(env, readHtmlFile(env, filename));
    },
    createTemplate(html: unknown): HtmlTemplate {
      count('createTemplate');
      return new HtmlTemplate(env, sourceOf(html));
    },
    createTemplateFromFile(filename: string): HtmlTemplate {
      count('createTemplateFromFile');
      return new HtmlTemplate(env, readHtmlFile(env, filename));
    },
  };
}
