/**
 * No dispose, no leaks: a training-like loop keeps the heap flat because a
 * step's graph is garbage once its loss variable is dropped.
 */
import { randn } from '@mnemo/tensor';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { add, sub } from './add.js';
import { maximum } from './maximum.js';
import { matMul } from './mat-mul.js';
import { square } from './mul.js';
import { mean } from './sum.js';
import { parameter, variable } from './variable.js';

/** A forced full GC: global.gc when exposed, else V8's gc obtained through a flag set at runtime. */
function collectGarbage(): boolean {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') {
    exposed();
    return true;
  }
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
    return true;
  } catch {
    return false;
  }
}

describe('memory', () => {
  it('stays flat over 10,000 forward + backward + SGD steps of a small MLP', () => {
    const x = variable(randn([8, 4], { seed: 1 }));
    const target = variable(randn([8, 1], { seed: 2 }));
    const w1 = parameter(randn([4, 8], { seed: 3, std: 0.5 }));
    const b1 = parameter(randn([8], { seed: 4, std: 0.1 }));
    const w2 = parameter(randn([8, 1], { seed: 5, std: 0.5 }));
    const parameters = [w1, b1, w2];
    const step = (): number => {
      for (const p of parameters) p.zeroGrad();
      const hidden = maximum(add(matMul(x, w1), b1), 0);
      const loss = mean(square(sub(matMul(hidden, w2), target)));
      loss.backward();
      for (const p of parameters) {
        const values = p.value.data;
        const grad = p.grad!.data;
        for (let i = 0; i < values.length; i++) values[i] -= 0.01 * grad[i];
      }
      return loss.item();
    };

    const firstLoss = step();
    for (let i = 1; i < 1000; i++) step();
    const forced = collectGarbage();
    const after1k = process.memoryUsage().heapUsed;
    let lastLoss = 0;
    for (let i = 1000; i < 10_000; i++) lastLoss = step();
    collectGarbage();
    const after10k = process.memoryUsage().heapUsed;

    expect(lastLoss).toBeLessThan(firstLoss);
    // A retained graph per step (~30 tensors and nodes) would add tens of MB over 9,000 steps.
    const allowedGrowth = (forced ? 2 : 16) * 1024 * 1024;
    expect(after10k - after1k).toBeLessThan(allowedGrowth);
  });
});
