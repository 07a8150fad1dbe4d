#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 compile C# records and init accessors.
internal static class IsExternalInit
{
}
#endif
