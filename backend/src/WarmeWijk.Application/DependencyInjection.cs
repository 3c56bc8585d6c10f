using WarmeWijk.Application.Reporting.NetworksReport;
using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Application.Buurtplan;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Behaviours;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.Matching;
using WarmeWijk.Application.Partners;
using WarmeWijk.Application.Privacy;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Application.Reporting.Outcomes;
using WarmeWijk.Application.Volunteers;
using WarmeWijk.Application.Webhooks;

namespace WarmeWijk.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ISender, Mediator>();

        // Outermost first: log, time, authorise, then validate.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(SlowRequestBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.Configure<SlowRequestOptions>(configuration.GetSection(SlowRequestOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));
        services.AddScoped<SessionTokenFactory>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<HelpRequestStore>();
        services.AddScoped<PartnerReferrals>();
        services.AddScoped<VolunteerStore>();
        services.AddScoped<SocialMapStore>();
        services.AddScoped<SocialMapVocabulary>();
        services.AddScoped<OutcomeStore>();
        services.AddScoped<BuurtplanStore>();
        services.AddScoped<NetworksReport>();
        services.AddScoped<MatchingSession>();
        services.AddScoped<ResidentErasure>();
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        services.Configure<MatchingOptions>(configuration.GetSection(MatchingOptions.Section));

        services.AddMemoryCache();
        services.AddScoped<DatasetImportReader>();
        services.Configure<BuurtanalyseOptions>(configuration.GetSection(BuurtanalyseOptions.Section));
        services.Configure<WebhookUrlPolicy>(configuration.GetSection(WebhookUrlPolicy.Section));

        RegisterClosedImplementations(services, assembly, typeof(IRequestHandler<,>));
        RegisterClosedImplementations(services, assembly, typeof(IValidator<>));

        services.AddAutoMapper(
            config => config.LicenseKey = configuration["AutoMapper:LicenseKey"],
            assembly);

        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface)
    {
        var registrations =
            from type in assembly.GetTypes()
            where type is { IsAbstract: false, IsGenericTypeDefinition: false }
            from implemented in type.GetInterfaces()
            where implemented.IsGenericType && implemented.GetGenericTypeDefinition() == openInterface
            select (implemented, type);

        foreach (var (service, implementation) in registrations)
        {
            services.AddScoped(service, implementation);
        }
    }
}
