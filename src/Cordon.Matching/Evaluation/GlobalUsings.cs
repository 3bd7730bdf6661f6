// The evaluation figures are Cordon.Core's, shared with risk scoring (ConfusionMatrix).
global using Cordon.Core.Evaluation;
