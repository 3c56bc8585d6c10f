using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auditing.Queries.ListAuditEntries;

/// <summary>Who read or changed what, newest first; for one resource (entityId) or the whole network.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ListAuditEntriesQuery(Guid? EntityId, Guid? Cursor, int Limit = 50) : IRequest<AuditPage>;

public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, Guid ActorId, string? ActorName, string ActorRole, AuditAction Action, string EntityType, Guid EntityId, string Purpose);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, Guid? NextCursor);

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 200);
}

public sealed class ListAuditEntriesHandler(IAppDbContext db) : IRequestHandler<ListAuditEntriesQuery, AuditPage>
{
    public async Task<AuditPage> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.EntityId is { } entity)
        {
            entries = entries.Where(e => e.EntityId == entity);
        }

        if (request.Cursor is { } cursor)
        {
            entries = entries.Where(e => e.Id.CompareTo(cursor) < 0);
        }

        var rows =
            from entry in entries
            join user in db.StaffUsers.AsNoTracking() on entry.ActorId equals user.Id into actors
            from actor in actors.DefaultIfEmpty()
            orderby entry.Id descending
            select new AuditEntryDto(entry.Id, entry.At, entry.ActorId, actor == null ? null : actor.DisplayName, entry.ActorRole, entry.Action, entry.EntityType, entry.EntityId, entry.Purpose);
        var (items, next) = await rows.ToPageAsync(request.Limit, e => e.Id, cancellationToken);
        return new AuditPage(items, next);
    }
}
