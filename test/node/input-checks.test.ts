// The input checks controller (src/controllers/input-checks-controller.ts) on a stand-in host: rules
// declared once, problems worked out once per update, each reported once while it lasts (one
// console warning per page, one nhs-error when it appears), however often the widget re-renders.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ReactiveController } from 'lit';
import type { DataController } from '../../src/controllers/data-controller.js';
import {
  HEADING_LEVEL_RULE,
  InputChecksController,
  oneOfRule,
  wholeNumberRule,
  type InputChecks,
  type Problem,
} from '../../src/controllers/input-checks-controller.js';
import type { SettingsController } from '../../src/controllers/settings-controller.js';
import { en } from '../../src/i18n/en.js';
import type { NhsErrorDetail } from '../../src/shared/events.js';
import { forgetWarnings } from '../../src/shared/warn.js';

/** Enough of an element for the controller: attributes, a tag name, events, controllers. */
class StandInHost extends EventTarget {
  readonly localName = 'nhs-test-widget';
  readonly controllers: ReactiveController[] = [];
  readonly attributes = new Map<string, string>();
  readonly errors: NhsErrorDetail[] = [];
  constructor() {
    super();
    this.addEventListener('nhs-error', (event) => this.errors.push((event as CustomEvent<NhsErrorDetail>).detail));
  }
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  requestUpdate(): void {}
  /** One update as Lit runs it: hostUpdate before render, hostUpdated after. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

interface StandIn {
  host: StandInHost;
  checks: InputChecksController;
  data: { settled: boolean; loadFailed: boolean; dataset: object | undefined };
  calls: { check: number };
}

function standIn(options: InputChecks = {}): StandIn {
  const host = new StandInHost();
  const data = { settled: true, loadFailed: false, dataset: {} as object | undefined };
  const calls = { check: 0 };
  const check = options.check;
  const checks = new InputChecksController(
    host as unknown as ConstructorParameters<typeof InputChecksController>[0],
    data as unknown as DataController,
    { messages: en } as SettingsController,
    { ...options, ...(check ? { check: () => (calls.check++, check()) } : {}) },
  );
  return { host, checks, data, calls };
}

const unknownRole: Problem = { code: 'unknown-role', text: 'Not a role', message: 'has role-id="x"', value: 'x' };

describe('attribute rules', () => {
  it('heading-level takes a whole number from 2 to 6, spaces around allowed', () => {
    for (const ok of ['2', '6', ' 3 ']) assert.ok(HEADING_LEVEL_RULE.valid(ok), ok);
    for (const bad of ['1', '7', '2.5', '3px', '', 'three']) assert.ok(!HEADING_LEVEL_RULE.valid(bad), bad);
    assert.equal(HEADING_LEVEL_RULE.expected, 'a whole number from 2 to 6');
  });

  it('oneOfRule takes one of its words, in any case, spaces around allowed', () => {
    const rule = oneOfRule('variant', ['compact', 'full']);
    assert.equal(rule.name, 'variant');
    for (const ok of ['full', ' FULL ', 'Compact']) assert.ok(rule.valid(ok), ok);
    for (const bad of ['fullest', '', 'compact full']) assert.ok(!rule.valid(bad), bad);
    assert.equal(rule.expected, 'one of compact, full');
  });

  it('wholeNumberRule takes a whole number within its range, ends included', () => {
    const rule = wholeNumberRule('limit', 3, 20);
    for (const ok of ['3', '20', ' 10 ']) assert.ok(rule.valid(ok), ok);
    for (const bad of ['2', '21', '3.5', '-4', '1e1', '', 'ten']) assert.ok(!rule.valid(bad), bad);
    assert.equal(rule.expected, 'a whole number from 3 to 20');
  });
});

describe('InputChecksController', () => {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    forgetWarnings();
    warnings.length = 0;
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('reports an invalid attribute quietly: the default is used, nothing is shown', () => {
    const { host, checks } = standIn({ rules: [HEADING_LEVEL_RULE] });
    host.attributes.set('heading-level', '9');
    host.update();
    assert.deepEqual(checks.problems, [{
      code: 'invalid-attribute',
      text: '',
      message: 'has heading-level="9", which is not a whole number from 2 to 6; the default is used.',
      value: 'heading-level=9',
      partial: true,
      quiet: true,
    }]);
    assert.equal(checks.blocking, undefined);
    assert.deepEqual(checks.notices, []);
    assert.deepEqual(host.errors, [{ code: 'invalid-attribute', message: checks.problems[0]!.message, value: 'heading-level=9' }]);
    assert.deepEqual(warnings, [`nhs-role-widgets: <nhs-test-widget> ${checks.problems[0]!.message}`]);
  });

  it('works a problem out once per update and reports it once, however often the widget re-renders', () => {
    const { host, checks, calls } = standIn({ check: () => [unknownRole] });
    for (let i = 0; i < 5; i++) host.update();
    assert.equal(calls.check, 5);
    assert.equal(checks.blocking, unknownRole);
    assert.equal(host.errors.length, 1);
    assert.deepEqual(host.errors[0], { code: 'unknown-role', message: 'has role-id="x"', value: 'x' });
    assert.equal(warnings.length, 1);
  });

  it('reports a problem again when it comes back after going away, and warns once per page', () => {
    let problems = [unknownRole];
    const { host } = standIn({ check: () => problems });
    host.update();
    problems = [];
    host.update();
    problems = [unknownRole];
    host.update();
    assert.equal(host.errors.length, 2);
    assert.equal(warnings.length, 1);
  });

  it('tells apart problems with the same code and different values', () => {
    const { host } = standIn({ check: () => [unknownRole, { ...unknownRole, value: 'y' }] });
    host.update();
    assert.deepEqual(host.errors.map((e) => e.value), ['x', 'y']);
  });

  it('separates what blocks the widget from notices and quiet problems', () => {
    const notice: Problem = { code: 'unknown-category', text: 'Not a category', message: 'm', value: 'c', partial: true };
    const quiet: Problem = { ...notice, code: 'invalid-attribute', value: 'q', quiet: true };
    const { host, checks } = standIn({ check: () => [notice, quiet, unknownRole] });
    host.update();
    assert.equal(checks.blocking, unknownRole);
    assert.deepEqual(checks.notices, [notice]);
  });

  it('checks nothing and reports nothing until the data is here, and forgets nothing meanwhile', () => {
    const { host, checks, data, calls } = standIn({ check: () => [unknownRole] });
    data.settled = false;
    data.dataset = undefined;
    host.update();
    assert.deepEqual(checks.problems, []);
    assert.equal(calls.check, 0);
    data.settled = true;
    data.dataset = {};
    host.update();
    data.settled = false;
    host.update();
    data.settled = true;
    host.update();
    assert.equal(host.errors.length, 1);
  });

  it('shows dataset-unavailable when the data failed to load, and runs no other check', () => {
    const { host, checks, data, calls } = standIn({ check: () => [unknownRole] });
    data.loadFailed = true;
    data.dataset = undefined;
    host.update();
    assert.equal(calls.check, 0);
    assert.equal(checks.blocking?.code, 'dataset-unavailable');
    assert.equal(checks.blocking?.text, en.errors.datasetUnavailable);
    assert.deepEqual(host.errors.map((e) => e.code), ['dataset-unavailable']);
  });

  it('warns about a deprecation once per page and sends no nhs-error for it', () => {
    const { host } = standIn({ deprecations: () => ['names its role with role="…"'] });
    host.update();
    host.update();
    assert.deepEqual(warnings, ['nhs-role-widgets: <nhs-test-widget> names its role with role="…"']);
    assert.deepEqual(host.errors, []);
  });
});
