/**
 * @packageDocumentation
 * `@mnemo/lstm`: the LSTM at the heart of mnemo. {@link LSTM} is a stacked,
 * bidirectional, ragged-length LSTM layer shaped and named like PyTorch's
 * `nn.LSTM`, running on a fused whole-sequence op with a hand-written
 * backward through time, and able to trace every gate. {@link LSTMCell} is the
 * reference step, written like the equations. Any {@link RecurrentCell} runs
 * over sequences with {@link RNN}; {@link GRUCell}, {@link PeepholeLSTMCell}
 * and {@link TransformedCellLSTMCell} ship as examples.
 */
export { LSTM, type LSTMOptions, type LSTMForwardOptions, type LSTMResult } from './lstm.js';
export { type GateTrace } from './gate-trace.js';
export { LSTMCell, type LSTMCellOptions } from './lstm-cell.js';
export { RecurrentCellModule, type RecurrentCell, type CellStep } from './recurrent-cell.js';
export { RNN, type RNNOptions, type RNNForwardOptions, type RNNResult, type CellTrace } from './rnn.js';
export { GRUCell, type GRUCellOptions } from './gru-cell.js';
export { PeepholeLSTMCell } from './peephole-lstm-cell.js';
export { TransformedCellLSTMCell } from './transformed-cell-lstm-cell.js';
export { NonFiniteError, type NonFiniteLocation } from './non-finite-error.js';
export { type Lengths } from './lengths.js';
export type { RandomOption } from './init.js';
