namespace EGov.Platform.Modules;

/// <summary>What a module tells the host about itself: a stable code and its Chinese name.</summary>
public sealed record ModuleDescriptor(string Code, string Name, string Purpose);
