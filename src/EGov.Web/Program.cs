using EGov.Web;
using EGov.Web.Commands;
using EGov.Web.Hosting;

var (verb, hostArgs) = CommandVerbs.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddHostServices();
builder.Services.AddModules(builder.Configuration, builder.Environment);

var app = builder.Build();
if (verb is not null)
{
    return await CommandVerbs.RunAsync(app, verb);
}

await app.PrepareAsync();
app.UseHostPipeline();
app.MapModules();
await app.RunAsync();
return 0;

public partial class Program;
