import { describe, expect, it } from 'vitest';
import { ShapeError, Tensor } from '@mnemo/tensor';
import { defaultModelConfig, type Pooling } from './config.js';
import { makeBatch } from './data.js';
import { predictLogits } from './evaluate.js';
import { SentimentClassifier } from './model.js';

const config = (pooling: Pooling, bidirectional: boolean) => ({ ...defaultModelConfig, vocabularySize: 30, embeddingSize: 6, hiddenSize: 5, pooling, bidirectional });

describe('SentimentClassifier', () => {
  it.each([
    ['last', false], ['last', true], ['max', false], ['max', true], ['mean', false], ['mean', true],
  ] as const)('%s pooling, bidirectional %s: one logit per sentence, unaffected by padding', (pooling, bidirectional) => {
    const model = new SentimentClassifier(config(pooling, bidirectional), { seed: 2 });
    expect(model.featureSize).toBe(bidirectional ? 10 : 5);
    const sequences = [[3, 4, 5, 6], [7, 8], [9]];
    const together = predictLogits(model, sequences);
    const alone = sequences.map((sequence) => predictLogits(model, [sequence])[0]);
    expect(Array.from(together)).toHaveLength(3);
    together.forEach((logit, index) => expect(logit).toBeCloseTo(alone[index], 5));
  });

  it('is deterministic in evaluation mode and random (dropout) in training mode', () => {
    const model = new SentimentClassifier({ ...config('max', true), dropout: 0.5, embeddingDropout: 0.3 }, { seed: 2 });
    const batch = makeBatch([[3, 4, 5, 6], [7, 8]], [1, 0]);
    const first = Array.from(model.forward(batch.ids, batch.lengths).logits.data);
    const second = Array.from(model.forward(batch.ids, batch.lengths).logits.data);
    expect(first).not.toEqual(second);
    model.eval();
    expect(Array.from(model.forward(batch.ids, batch.lengths).logits.data)).toEqual(Array.from(model.forward(batch.ids, batch.lengths).logits.data));
  });

  it('names its parameters like PyTorch and starts the same from the same seed', () => {
    const names = new SentimentClassifier(config('last', true), { seed: 1 }).namedParameters().map(([name]) => name);
    expect(names).toEqual([
      'embedding.weight',
      'lstm.weight_ih_l0', 'lstm.weight_hh_l0', 'lstm.bias_ih_l0', 'lstm.bias_hh_l0',
      'lstm.weight_ih_l0_reverse', 'lstm.weight_hh_l0_reverse', 'lstm.bias_ih_l0_reverse', 'lstm.bias_hh_l0_reverse',
      'head.weight', 'head.bias',
    ]);
    const a = new SentimentClassifier(config('last', false), { seed: 7 }).stateDict();
    const b = new SentimentClassifier(config('last', false), { seed: 7 }).stateDict();
    expect(Array.from(a['lstm.weight_hh_l0'].data)).toEqual(Array.from(b['lstm.weight_hh_l0'].data));
  });

  it('rejects ids and lengths that do not fit together', () => {
    const model = new SentimentClassifier(config('last', false), { seed: 1 });
    expect(() => model.forward(new Tensor(new Float32Array(6), [2, 3]), new Tensor(new Float32Array([3, 3, 3]), [3]))).toThrow(ShapeError);
  });
});
