using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>
/// 送达 (国办公开办函〔2016〕235号): personal service counts from the day signed for, post from the day posted
/// (交邮之日, by 邮政企业 only, never 到付), online and e-mail from today.
/// </summary>
internal sealed record DeliveryInput(DeliveryMethod? Method, DateOnly? DeliveredOn, string? Note);
