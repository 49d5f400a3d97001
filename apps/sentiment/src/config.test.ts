import { describe, expect, it } from 'vitest';
import { ValueError } from '@mnemo/tensor';
import { defaultModelConfig, defaultTrainingConfig, settingProblem, validateModelConfig, validateTrainingConfig } from './config.js';

describe('config validation', () => {
  it('accepts the defaults', () => {
    expect(validateModelConfig({ ...defaultModelConfig, vocabularySize: 100 }).hiddenSize).toBe(defaultModelConfig.hiddenSize);
    expect(validateTrainingConfig({ ...defaultTrainingConfig })).toEqual(defaultTrainingConfig);
  });

  it('names the first bad field, what it must be, and what it was', () => {
    expect(() => validateModelConfig({ ...defaultModelConfig, vocabularySize: 100, hiddenSize: 0 })).toThrow(
      new ValueError('model config: hiddenSize must be an integer >= 1, got 0'),
    );
    expect(() => validateTrainingConfig({ ...defaultTrainingConfig, testFraction: 1 })).toThrow('testFraction must be a number in (0, 1), got 1');
    expect(() => validateTrainingConfig({ ...defaultTrainingConfig, schedule: 'warp' })).toThrow('schedule must be one of constant, cosine, got "warp"');
  });

  it('rejects missing and unknown fields', () => {
    const { hiddenSize: _, ...withoutHidden } = { ...defaultModelConfig, vocabularySize: 100 };
    expect(() => validateModelConfig(withoutHidden)).toThrow('"hiddenSize" is missing');
    expect(() => validateModelConfig({ ...defaultModelConfig, vocabularySize: 100, colour: 'red' })).toThrow('unknown setting "colour"');
    expect(() => validateModelConfig(null)).toThrow('expected an object');
  });

  it('checks one setting by name', () => {
    expect(settingProblem('dropout', 0.5)).toBeUndefined();
    expect(settingProblem('dropout', 1)).toBe('a number in [0, 1)');
    expect(settingProblem('bidirectional', 'yes')).toBe('true or false');
  });
});
