window.YTD.expanded_profile.part0 = [
  {
    "expandedProfile" : { }
  }
]