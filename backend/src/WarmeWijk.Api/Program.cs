using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using WarmeWijk.Api.Endpoints;
using WarmeWijk.Api.ErrorHandling;
using WarmeWijk.Api.Hosting;
using WarmeWijk.Api.OpenApi;
using WarmeWijk.Api.Security;
using WarmeWijk.Application;
using WarmeWijk.Application.Auth.Throttling;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration);

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddScoped<IRequestOrigin, HttpRequestOrigin>();
builder.Services.Configure<CredentialThrottleOptions>(builder.Configuration.GetSection(CredentialThrottleOptions.Section));
builder.Services.AddSingleton<ICredentialThrottle, CredentialThrottle>();
builder.Services.AddWarmeWijkAuthentication();
builder.Services.AddWarmeWijkOpenApi();
builder.Services.AddWarmeWijkRateLimits(builder.Configuration);

builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});

// Bad request bodies raise exceptions so that they reach the problem-details handler with their reason.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateAndExitAsync();
    return;
}

if (args.FirstOrDefault() == NetworksReportCommand.Name)
{
    Environment.ExitCode = await NetworksReportCommand.RunAsync(app);
    return;
}

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages(context => ProblemResponses.WriteForStatusAsync(context.HttpContext));
app.UseSpaFiles();

app.UseSwagger();
app.UseSwaggerUI(options => options.SwaggerEndpoint(OpenApiSetup.DocumentPath, "WarmeWijk API v1"));

app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

// Every API endpoint needs a token unless it says otherwise; roles are checked per use case in the pipeline.
var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapAuthEndpoints();
api.MapMeEndpoints();
api.MapNeighbourhoodEndpoints();
api.MapBuurtanalyseEndpoints();
api.MapWebhookEndpoints();
api.MapResidentEndpoints();
api.MapHelpRequestEndpoints();
api.MapReferralEndpoints();
api.MapSocialMapEndpoints();
api.MapVolunteerEndpoints();
api.MapReportEndpoints();
api.MapOutcomeEndpoints();
api.MapBuurtplanEndpoints();

await app.RunStartupTasksAsync();
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"WarmeWijk is running at {string.Join(", ", app.Urls)}"));
await app.RunAsync();

/// <summary>The API host; public so functional tests can start it with WebApplicationFactory.</summary>
public partial class Program;
