using CrmSync.Sandbox.Pipelines;

namespace CrmSync.Sandbox.Seeding;

internal readonly record struct StageVisit(PipelineStage Stage, long EnteredMs);
