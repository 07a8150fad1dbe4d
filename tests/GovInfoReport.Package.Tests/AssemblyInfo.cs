using Xunit;

// The tests pack, install and publish: heavy on a 2-core machine, so one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
