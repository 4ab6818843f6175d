// Session: who runs the script, the script's time zone and the user's locale.

import {createHash} from 'node:crypto';
import {record, type ServiceEnv} from './env';
import {rejectAuthModeNone} from './exception';

export class User {
  constructor(
    private readonly env: ServiceEnv,
    private readonly email: string,
  ) {}

  getEmail(): string {
    record(this.env.ctx, 'User', 'getEmail');
    return this.email;
  }

  getUsername(): string {
    record(this.env.ctx, 'User', 'getUsername');
    return this.email.split('@')[0];
  }

  toString(): string {
    return this.email;
  }
}

export function createSession(env: ServiceEnv, scriptId: string) {
  const {ctx} = env;
  const count = (method: string) => {
    record(ctx, 'Session', method);
    rejectAuthModeNone(ctx);
  };
  return {
    getActiveUser(): User {
      count('getActiveUser');
      return new User(env, ctx.execution?.activeUser ?? env.effectiveUser());
    },
    getEffectiveUser(): User {
      count('getEffectiveUser');
      return new User(env, env.effectiveUser());
    },
    getScriptTimeZone(): string {
      count('getScriptTimeZone');
      return ctx.scriptTimeZone;
    },
    getActiveUserLocale(): string {
      count('getActiveUserLocale');
      return 'vi';
    },
    /** Returns a key that is stable for one user and script and hides the user's email. */
    getTemporaryActiveUserKey(): string {
      count('getTemporaryActiveUserKey');
      const user = ctx.execution?.activeUser || env.effectiveUser();
      return createHash('sha256')
        .update(`${scriptId}:${user}`)
        .digest('base64')
        .slice(0, 43);
    },
  };
}
