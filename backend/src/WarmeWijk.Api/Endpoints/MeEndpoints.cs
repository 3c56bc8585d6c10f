using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Me.Queries.GetCurrentUser;

namespace WarmeWijk.Api.Endpoints;

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async Task<Ok<CurrentUserDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), ct)))
            .WithTags("Me")
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in staff user, their role and their network.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
