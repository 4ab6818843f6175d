// Installed triggers: the records the emulator fires, and the Trigger objects scripts see.

import {record, type ServiceEnv} from './env';
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
