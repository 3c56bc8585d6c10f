using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpCategories.Queries.ListHelpCategories;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.HelpCategories.Commands.SaveHelpCategory;

/// <summary>
/// Adds or changes one of the network's help categories. Its default route is the network's triage rule for it;
/// a deactivated category stays on existing requests but is no longer offered at intake.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record SaveHelpCategoryCommand(
    string Code,
    string NameNl,
    string NameEn,
    TriageRoute DefaultRoute,
    bool IsActive,
    IReadOnlyList<BuddyType>? BuddyTypes = null,
    bool? RequiresHomeVisit = null,
    IReadOnlyList<string>? RequiredTraining = null) : IRequest<HelpCategoryDto>;

public sealed class SaveHelpCategoryValidator : AbstractValidator<SaveHelpCategoryCommand>
{
    public SaveHelpCategoryValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("A code is lower-case words joined by hyphens, e.g. 'garden' or 'night-watch'.");
        RuleFor(c => c.NameNl).NotEmpty().MaximumLength(100);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(100);
        RuleFor(c => c.DefaultRoute).IsInEnum();
        RuleForEach(c => c.BuddyTypes).IsInEnum();
        RuleForEach(c => c.RequiredTraining).NotEmpty().MaximumLength(60);
    }
}

public sealed class SaveHelpCategoryHandler(IAppDbContext db) : IRequestHandler<SaveHelpCategoryCommand, HelpCategoryDto>
{
    public async Task<HelpCategoryDto> Handle(SaveHelpCategoryCommand request, CancellationToken cancellationToken)
    {
        var category = await db.HelpCategories.SingleOrDefaultAsync(c => c.Code == request.Code, cancellationToken);
        if (category is null)
        {
            category = new HelpCategory(request.Code, request.NameNl, request.NameEn, request.DefaultRoute);
            db.HelpCategories.Add(category);
        }

        category.Change(request.NameNl, request.NameEn, request.DefaultRoute, request.IsActive);
        // Matching settings left out of the request stay as they are.
        category.SetMatching(
            request.BuddyTypes ?? category.BuddyTypes,
            request.RequiresHomeVisit ?? category.RequiresHomeVisit,
            request.RequiredTraining ?? category.RequiredTraining);
        await db.SaveChangesAsync(cancellationToken);
        return HelpCategoryDto.From(category);
    }
}
