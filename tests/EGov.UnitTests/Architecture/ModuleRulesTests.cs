using System.Reflection;
using Mono.Cecil;

namespace EGov.UnitTests.Architecture;

/// <summary>DESIGN.md §3: each module is one project with AddXxx()/MapXxx(), a README and Contracts/, depending only on the platform and others' Contracts.</summary>
public sealed class ModuleRulesTests
{
    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleCatalog.Modules)
        {
            data.Add(ModuleCatalog.NameOf(module));
        }

        return data;
    }

    [Fact]
    public void The_host_lists_all_eleven_modules()
    {
        Assert.Equal(
            ["Approvals", "Disclosure", "Documents", "Evaluation", "Exchange", "Interaction", "Office", "Oversight", "Portal", "Proposals", "Security"],
            ModuleCatalog.Modules.Select(ModuleCatalog.NameOf).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_exposes_exactly_AddXxx_and_MapXxx(string name)
    {
        var type = Module(name).GetType($"EGov.{name}.{name}Module", throwOnError: true)!;
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal([$"Add{name}", $"Map{name}"], methods);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_has_a_readme_and_a_contracts_folder(string name)
    {
        var folder = ModuleCatalog.SourceFolder(Module(name));

        Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{folder}/README.md");
        Assert.True(Directory.Exists(Path.Combine(folder, "Contracts")), $"{folder}/Contracts");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_uses_other_modules_only_through_their_contracts(string name)
    {
        var others = ModuleCatalog.Modules.Select(ModuleCatalog.NameOf).Where(n => n != name).ToList();
        using var definition = AssemblyDefinition.ReadAssembly(Module(name).Location);

        var violations = definition.MainModule.GetTypeReferences()
            .Select(t => t.Namespace)
            .Where(ns => others.Any(o => ns.StartsWith($"EGov.{o}", StringComparison.Ordinal) && !ns.StartsWith($"EGov.{o}.Contracts", StringComparison.Ordinal)))
            .Distinct()
            .ToList();

        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_makes_public_only_its_module_class_contracts_and_razor_types(string name)
    {
        var leaked = Module(name).GetExportedTypes()
            .Where(t => t.Name != $"{name}Module")
            .Where(t => !(t.Namespace ?? "").StartsWith($"EGov.{name}.Contracts", StringComparison.Ordinal))
            .Where(t => !IsRazorType(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void Platform_depends_on_no_module()
    {
        var referenced = ModuleCatalog.Platform.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, r => ModuleCatalog.Modules.Any(m => m.GetName().Name == r));
    }

    [Fact]
    public void Module_references_form_no_cycle()
    {
        var names = ModuleCatalog.Modules.Select(m => m.GetName().Name!).ToHashSet();
        var edges = ModuleCatalog.Modules.ToDictionary(
            m => m.GetName().Name!,
            m => m.GetReferencedAssemblies().Select(r => r.Name!).Where(names.Contains).ToList());

        foreach (var start in names)
        {
            Assert.False(Reaches(start, start, edges, []), $"cycle through {start}");
        }
    }

    private static bool Reaches(string from, string target, Dictionary<string, List<string>> edges, HashSet<string> seen)
        => edges[from].Any(next => next == target || (seen.Add(next) && Reaches(next, target, edges, seen)));

    private static bool IsRazorType(Type type)
        => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(type)
        || typeof(Microsoft.AspNetCore.Mvc.RazorPages.Page).IsAssignableFrom(type)
        || typeof(Microsoft.AspNetCore.Mvc.ViewComponent).IsAssignableFrom(type)
        || type.Namespace == "AspNetCoreGeneratedDocument";

    private static Assembly Module(string name) => ModuleCatalog.Modules.Single(m => ModuleCatalog.NameOf(m) == name);
}
