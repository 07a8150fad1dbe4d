using Xunit;

// Each test packs projects of the solution; two packs of the same project at once would fight over obj/ and bin/.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
