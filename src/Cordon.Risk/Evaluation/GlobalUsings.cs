// The evaluation figures are Cordon.Core's, shared with name matching (ConfusionMatrix).
global using Cordon.Core.Evaluation;
