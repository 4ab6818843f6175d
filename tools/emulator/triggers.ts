// Installed triggers: the records the emulator fires, and the Trigger objects scripts see.

import {record, type ServiceEnv} from './env';
import {Exception} from './exception';
import type {ClockSchedule} from './trigger-schedule';

export type EventTypeName =
  'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** Spreadsheet id for spreadsheet triggers and for an add-on's clock triggers, else null. */
  sourceId: string | null;
  /** Email of the user who created the trigger; it runs as this user. */
  owner: string;
  createdAt: number;
  schedule?: ClockSchedule;
  /** Next instant a clock trigger fires, null when it will not fire again. */
  nextFireAt: number | null;
}

export const MAX_TRIGGERS_PER_USER = 20;

export class TriggerStore {
  readonly records: TriggerRecord[] = [];

  constructor(private readonly env: ServiceEnv) {}

  newUid(): string {
    return (
      String(this.env.random.integer(1, 9)) +
      this.env.random.string(18, '0123456789')
    );
  }

  ownedBy(owner: string): TriggerRecord[] {
    return this.records.filter(r => r.owner === owner);
  }

  remove(uid: string): void {
    const index = this.records.findIndex(r => r.uid === uid);
    if (index >= 0) this.records.splice(index, 1);
  }

  has(uid: string): boolean {
    return this.records.some(r => r.uid === uid);
  }
}

export class Trigger {
  constructor(
    private readonly env: ServiceEnv,
    readonly emuRecord: TriggerRecord,
  ) {}

  private count(method: string): void {
    record(this.env.ctx, 'Trigger', method);
  }

  getHandlerFunction(): string {
    this.count('getHandlerFunction');
    return this.emuRecord.handler;
  }

  getUniqueId(): string {
    this.count('getUniqueId');
    return this.emuRecord.uid;
  }

  getEventType(): EventTypeName {
    this.count('getEventType');
    return this.emuRecord.eventType;
  }

  getTriggerSource(): TriggerSourceName {
    this.count('getTriggerSource');
    return this.emuRecord.source;
  }

  getTriggerSourceId(): string | null {
    this.count('getTriggerSourceId');
    return this.emuRecord.source === 'CLOCK' ? null : this.emuRecord.sourceId;
  }
}

export interface ScriptAppOptions {
  scriptId: string;
  /** Id of the bound spreadsheet, the source of spreadsheet triggers. */
  spreadsheetId(): string;
  asAddon: boolean;
}

const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
// NOTE: the two add-on limits are documented, their error texts are not.
const ADDON_ONE_PER_TYPE =
  'This add-on already has a trigger of this type for this user and document.';
const ADDON_HOURLY =
  'Add-on time-based triggers may run at most once per hour.';

/** Saves a new trigger after the per-user and add-on limits allow it. */
export function installTrigger(
  env: ServiceEnv,
  store: TriggerStore,
  options: ScriptAppOptions,
  draft: Omit<TriggerRecord, 'uid' | 'owner' | 'createdAt'>,
): Trigger {
  const owner = env.effectiveUser();
  const mine = store.ownedBy(owner);
  if (mine.length >= MAX_TRIGGERS_PER_USER)
    throw new Exception(TOO_MANY_TRIGGERS);
  if (options.asAddon) {
    if (draft.schedule?.kind === 'minutes') throw new Exception(ADDON_HOURLY);
    if (
      mine.some(
        r => r.eventType === draft.eventType && r.sourceId === draft.sourceId,
      )
    ) {
      throw new Exception(ADDON_ONE_PER_TYPE);
    }
  }
  const trigger: TriggerRecord = {
    ...draft,
    uid: store.newUid(),
    owner,
    createdAt: env.ctx.clock.now(),
  };
  store.records.push(trigger);
  return new Trigger(env, trigger);
}
