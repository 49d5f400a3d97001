/**
 * The model of the LSTM workloads, built identically (same sizes, same
 * equations) in mnemo and in tfjs: token ids -> Embedding 4000x64 -> LSTM 128
 * (last hidden state, sigmoid recurrent activation) -> Linear 1 (a logit);
 * binary cross-entropy on the logit, Adam. The sentiment app's model, at the
 * sizes the issue fixes.
 */
import { noGrad, reshape, type Variable } from '@mnemo/autograd';
import { LSTM } from '@mnemo/lstm';
import { Embedding, Linear, binaryCrossEntropyWithLogits } from '@mnemo/nn';
import { Adam } from '@mnemo/optim';
import { Tensor } from '@mnemo/tensor';
import type * as tfjs from '@tensorflow/tfjs';

export const VOCABULARY = 4000;
export const EMBEDDING = 64;
export const HIDDEN = 128;
export const STEPS = 32;
export const LEARNING_RATE = 1e-3;

/** A fixed batch: token ids [B, T] in [0, VOCABULARY) and labels [B] in {0, 1}, the same in every process. */
export function tokenBatch(batchSize: number): { ids: Int32Array; labels: Float32Array } {
  const ids = new Int32Array(batchSize * STEPS);
  let state = 12345;
  for (let k = 0; k < ids.length; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    ids[k] = state % VOCABULARY;
  }
  const labels = Float32Array.from({ length: batchSize }, (_, b) => (ids[b * STEPS] % 2 === 0 ? 1 : 0));
  return { ids, labels };
}

/** The mnemo model: `logits(ids)` is [B, 1]; `trainStep()` one Adam step on the batch; `predict()` the probabilities. */
export function mnemoModel(batchSize: number): { trainStep: () => void; predict: () => Float32Array } {
  const embedding = new Embedding(VOCABULARY, EMBEDDING, { seed: 1 });
  const lstm = new LSTM({ inputSize: EMBEDDING, hiddenSize: HIDDEN, batchFirst: true, seed: 2 });
  const head = new Linear(HIDDEN, 1, { seed: 3 });
  const optimizer = new Adam([...embedding.parameters(), ...lstm.parameters(), ...head.parameters()], { lr: LEARNING_RATE });
  const { ids, labels } = tokenBatch(batchSize);
  const idTensor = new Tensor(Float32Array.from(ids), [batchSize, STEPS]);
  const labelTensor = new Tensor(labels, [batchSize, 1]);
  const logits = (): Variable => {
    const [h] = lstm.forward(embedding.forward(idTensor)).hidden; // [1, B, H]: the last hidden state
    return head.forward(reshape(h, [batchSize, HIDDEN]));
  };
  return {
    trainStep: () => {
      optimizer.zeroGrad();
      binaryCrossEntropyWithLogits(logits(), labelTensor).backward();
      optimizer.step();
    },
    predict: () => noGrad(() => logits().data.map((z) => 1 / (1 + Math.exp(-z)))),
  };
}

/**
 * The tfjs model: the same layers with `recurrentActivation: 'sigmoid'` (tfjs
 * defaults to hard sigmoid). With `frozenEmbedding`, the embedding is not
 * trainable, so no gradient is computed for it (tfjs-wasm has no kernel for
 * the embedding gradient, and tfjs-cpu's takes ~96% of its step).
 */
export function tfjsModel(tf: typeof tfjs, batchSize: number, frozenEmbedding: boolean): { trainStep: () => void; predict: () => Float32Array } {
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCABULARY, outputDim: EMBEDDING, inputLength: STEPS, trainable: !frozenEmbedding }),
      tf.layers.lstm({ units: HIDDEN, recurrentActivation: 'sigmoid' }),
      tf.layers.dense({ units: 1 }),
    ],
  });
  const optimizer = tf.train.adam(LEARNING_RATE);
  const { ids, labels } = tokenBatch(batchSize);
  const x = tf.tensor2d(ids, [batchSize, STEPS], 'int32');
  const y = tf.tensor2d(labels, [batchSize, 1]);
  // The layers' trainable weights (a frozen layer's are left out); by default minimize() would take every variable.
  const trainable = model.trainableWeights.map((weight) => weight.read() as tfjs.Variable);
  return {
    trainStep: () => {
      const loss = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(y, model.apply(x, { training: true }) as tfjs.Tensor), true, trainable);
      loss?.dataSync();
      loss?.dispose();
    },
    predict: () => {
      const probabilities = tf.tidy(() => tf.sigmoid(model.predict(x) as tfjs.Tensor));
      const data = probabilities.dataSync() as Float32Array;
      probabilities.dispose();
      return data;
    },
  };
}
